package org.policymonitor.security;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.router.Location;

/**
 * How the current request reached a check, for the access-denied record: the Vaadin route being entered or
 * shown ("route /measures/12/edit"), else the REST request ("GET /api/v1/..."), and the service method the
 * caller called ("MeasureEditing.openForEditing", the outermost {@code @Service} method on the call stack).
 * Worked out here so that no view, controller or service has to remember to say it.
 */
final class AccessPath {

    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private AccessPath() {
    }

    static String current() {
        StringJoiner path = new StringJoiner(" · ");
        route().or(AccessPath::request).ifPresent(path::add);
        serviceEntry().ifPresent(method -> path.add("service " + method));
        return path.length() == 0 ? "unknown path" : path.toString();
    }

    /** During a navigation the location being entered; otherwise the view on screen (a click on it). */
    private static Optional<String> route() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return Optional.empty();
        }
        UIInternals internals = ui.getInternals();
        Location location = internals.hasLastHandledLocation() ? internals.getLastHandledLocation()
                : internals.getActiveViewLocation();
        return Optional.of("route /" + (location == null ? "" : location.getPathWithQueryParameters()));
    }

    private static Optional<String> request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String method = attributes.getRequest().getMethod();
            String uri = attributes.getRequest().getRequestURI();
            if (method != null && !method.isBlank() && uri != null && !uri.isBlank()) {
                return Optional.of(method + " " + uri);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> serviceEntry() {
        List<StackWalker.StackFrame> services = STACK.walk(frames -> frames
                .filter(f -> f.getDeclaringClass().getName().startsWith("org.policymonitor.")
                        && f.getDeclaringClass().isAnnotationPresent(Service.class))
                .toList());
        return services.isEmpty() ? Optional.empty()
                : Optional.of(services.getLast().getDeclaringClass().getSimpleName() + "."
                        + services.getLast().getMethodName());
    }
}
