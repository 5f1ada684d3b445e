package org.policymonitor.catalogue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/**
 * The open-data API is public and read-only: its own filter chain (before the application's) lets anyone
 * GET, refuses every other method, keeps no session and needs no CSRF token (there is nothing to forge).
 */
@Configuration
class CatalogueApiConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain catalogueApiSecurity(HttpSecurity http) throws Exception {
        // An API request that ends in an error page (400 for a malformed parameter, 406...) is dispatched again
        // to /error; that dispatch stays in this chain, else the application's chain sends it to the sign-in page.
        RequestMatcher apiError = request -> request.getDispatcherType() == DispatcherType.ERROR
                && String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                        .startsWith(request.getContextPath() + "/api/");
        http.securityMatchers(matchers -> matchers.requestMatchers("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                        .requestMatchers(apiError))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().denyAll())
                .cors(cors -> cors.configurationSource(readOnlyCors()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /** Any site may read the open data from a browser: GET and HEAD, no credentials, the caching headers visible. */
    private static CorsConfigurationSource readOnlyCors() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOrigin("*");
        cors.setAllowedMethods(List.of("GET", "HEAD"));
        cors.addAllowedHeader("*");
        cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_DISPOSITION,
                HttpHeaders.RETRY_AFTER));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        source.registerCorsConfiguration("/v3/api-docs/**", cors);
        source.registerCorsConfiguration("/v3/api-docs", cors);
        return source;
    }

    /** The facet codes and sort values as enums, from the reference data and vocabularies of this installation. */
    @Bean
    OpenApiCustomizer catalogueEnums(ApiParameters parameters) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() == null) {
                    return;
                }
                for (io.swagger.v3.oas.models.parameters.Parameter parameter : operation.getParameters()) {
                    Facet.ofParameter(parameter.getName()).ifPresent(facet -> enumerate(parameter, parameters.codes(facet)));
                    if ("sort".equals(parameter.getName())) {
                        enumerate(parameter, List.of("relevance", "date"));
                    }
                    if ("lang".equals(parameter.getName())) {
                        enumerate(parameter, List.of("en", "fr", "es"));
                    }
                }
            }));
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void enumerate(io.swagger.v3.oas.models.parameters.Parameter parameter, List<String> values) {
        Schema schema = parameter.getSchema();
        Schema target = schema != null && schema.getItems() != null ? schema.getItems() : schema;
        if (target != null && !values.isEmpty()) {
            target.setEnum(new java.util.ArrayList<>(values));
        }
    }

    @Bean
    OpenAPI catalogueOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Policy Monitor open data API")
                .version("v1")
                .description("Read-only access to the published policies and measures reported under the UNESCO 2005 "
                        + "Convention: search with facets, published versions, vocabularies, Parties, statistics "
                        + "and exports. Responses carry an ETag and Last-Modified; send If-None-Match to revalidate.")
                .license(new License().name("Creative Commons Attribution 4.0 International").identifier("CC-BY-4.0")));
    }
}
