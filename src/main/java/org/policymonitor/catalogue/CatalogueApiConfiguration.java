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

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/**
 * The open-data API is public and read-only: its own filter chain (before the application's) lets anyone
 * GET, refuses every other method, keeps no session and needs no CSRF token (there is nothing to forge).
 */
@Configuration
class CatalogueApiConfiguration {

    @Bean
    SearchIndex catalogueSearchIndex() {
        return new SearchIndex();
    }

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
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    OpenAPI catalogueOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Policy Monitor open data API")
                .version("v1")
                .description("Read-only access to the published policies and measures reported under the UNESCO 2005 "
                        + "Convention: search with facets, published versions, vocabularies, Parties, statistics "
                        + "and exports. Responses carry an ETag and Last-Modified; send If-None-Match to revalidate.")
                .license(new License().name("Open data")));
    }
}
