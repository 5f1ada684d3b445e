package org.policymonitor.catalogue;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Any path under /api/ that no endpoint serves: a JSON 404. Without it the request falls through to the
 * web application, which answers every unknown path with its HTML page and status 200.
 */
@RestController
@Hidden
class ApiFallback {

    @RequestMapping("/api/**")
    ResponseEntity<Map<String, String>> unknownPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "No such resource: " + (path.length() > 100 ? path.substring(0, 100) + "…" : path)));
    }
}
