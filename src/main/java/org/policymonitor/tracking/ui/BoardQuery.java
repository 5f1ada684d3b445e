package org.policymonitor.tracking.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.policymonitor.tracking.BoardFilter;
import org.policymonitor.tracking.Stage;

import com.vaadin.flow.router.QueryParameters;

/**
 * A board filter in the address bar (party, ministry, cycle, stage, overdue), so a view of the board can be
 * bookmarked, shared and reopened with the back button. Unknown or malformed values filter nothing.
 */
final class BoardQuery {

    private BoardQuery() {
    }

    static QueryParameters of(BoardFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter.partyId() != null) {
            params.put("party", filter.partyId().toString());
        }
        if (filter.ministryId() != null) {
            params.put("ministry", filter.ministryId().toString());
        }
        if (filter.cycleId() != null) {
            params.put("cycle", filter.cycleId().toString());
        }
        if (filter.stage() != null) {
            params.put("stage", filter.stage().name());
        }
        if (filter.overdueOnly()) {
            params.put("overdue", "true");
        }
        return QueryParameters.simple(params);
    }

    static BoardFilter filter(QueryParameters params) {
        return new BoardFilter(id(params, "party"), id(params, "ministry"), id(params, "cycle"),
                value(params, "stage").flatMap(BoardQuery::stage).orElse(null),
                value(params, "overdue").map(Boolean::parseBoolean).orElse(false));
    }

    private static Optional<String> value(QueryParameters params, String name) {
        return params.getSingleParameter(name);
    }

    private static Long id(QueryParameters params, String name) {
        try {
            return value(params, name).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<Stage> stage(String name) {
        try {
            return Optional.of(Stage.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
