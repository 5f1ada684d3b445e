package org.policymonitor.workflow.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.WorkflowStep;

import com.vaadin.flow.router.QueryParameters;

/**
 * The inbox filter as URL query parameters ({@code show}, {@code step}, {@code overdue}, {@code q},
 * {@code sort}), so a filtered inbox survives opening a task and coming back, a reload, or a bookmark.
 * Unknown values fall back to the default instead of failing.
 */
final class InboxQuery {

    private InboxQuery() {
    }

    static InboxFilter parse(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        return new InboxFilter(
                value(params, "show", InboxFilter.Show.class),
                value(params, "step", WorkflowStep.class),
                "true".equals(first(params, "overdue")),
                first(params, "q"),
                value(params, "sort", InboxFilter.Order.class));
    }

    static QueryParameters of(InboxFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter.show() != InboxFilter.Show.ALL) {
            params.put("show", slug(filter.show()));
        }
        if (filter.step() != null) {
            params.put("step", slug(filter.step()));
        }
        if (filter.overdueOnly()) {
            params.put("overdue", "true");
        }
        if (filter.text() != null) {
            params.put("q", filter.text());
        }
        if (filter.order() != InboxFilter.Order.DUE_FIRST) {
            params.put("sort", slug(filter.order()));
        }
        return QueryParameters.simple(params);
    }

    private static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E value(Map<String, List<String>> params, String name, Class<E> type) {
        String raw = first(params, name);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
