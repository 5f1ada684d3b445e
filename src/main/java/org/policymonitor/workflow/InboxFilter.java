package org.policymonitor.workflow;

/**
 * What the inbox shows.
 *
 * @param show whose tasks: assigned to me, offered to my groups and not claimed, or both (administrators: all)
 * @param step only tasks of this step, or null for all
 * @param overdueOnly only tasks past their due date
 * @param text only measures whose title contains this text (ignoring case), or null
 */
public record InboxFilter(Show show, WorkflowStep step, boolean overdueOnly, String text, Order order) {

    public enum Show {
        ALL, MINE, GROUP
    }

    public enum Order {
        DUE_FIRST, DUE_LAST, OLDEST_FIRST, NEWEST_FIRST
    }

    public InboxFilter {
        show = show == null ? Show.ALL : show;
        order = order == null ? Order.DUE_FIRST : order;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static InboxFilter all() {
        return new InboxFilter(Show.ALL, null, false, null, Order.DUE_FIRST);
    }
}
