package org.policymonitor.notification.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policymonitor.i18n.SupportedLanguages;
import org.policymonitor.notification.Notification;
import org.policymonitor.notification.NotificationKind;
import org.policymonitor.notification.NotificationPreferences;
import org.policymonitor.notification.NotificationService;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The signed-in user's notifications (newest first) and their e-mail preferences. A notification about a task that
 * is no longer open to the user (completed, given to someone else, its submission ended) says so, and opening it
 * tells why instead of leading to a page that refuses.
 */
@Route("notifications")
@Menu(title = "notification.nav.notifications", order = 50)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final String ACCOUNT_LANGUAGE = "";

    private final NotificationService notifications;
    private final Paragraph unread = new Paragraph();
    final Grid<Notification> grid = new Grid<>();
    /** Why the notification just opened leads nowhere (its task is no longer open). */
    final Paragraph notOpen = new Paragraph();
    private final SubmissionWorkflow workflow;
    /** The tasks open to the user now: a task notification whose task is not among them is "no longer open". */
    private Set<String> openTasks = Set.of();

    NotificationsView(NotificationService notifications, SubmissionWorkflow workflow) {
        this.notifications = notifications;
        this.workflow = workflow;
        add(new H1(getTranslation("notification.title")));
        notOpen.setId("notification-not-open");
        notOpen.getElement().setAttribute("role", "status");
        notOpen.setVisible(false);

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneOffset.UTC);
        grid.setId("notification-list");
        grid.addComponentColumn(n -> {
            Span state = new Span(getTranslation(n.unread() ? "notification.read.no" : "notification.read.yes"));
            if (n.unread()) {
                state.getElement().getThemeList().add("badge");
            }
            return state;
        }).setHeader(getTranslation("notification.column.read")).setAutoWidth(true);
        grid.addColumn(n -> time.format(n.createdAt()) + " UTC").setHeader(getTranslation("notification.column.when"))
                .setAutoWidth(true);
        grid.addColumn(n -> getTranslation(n.kind().messageKey())).setHeader(getTranslation("notification.column.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::message).setHeader(getTranslation("notification.column.message")).setFlexGrow(3);
        // Long messages (a return reason) wrap instead of being cut off at the column's edge.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setAllRowsVisible(true);
        Button markRead = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        add(unread, markRead, notOpen, grid);
        add(preferences());
        refresh();
    }

    private VerticalLayout preferences() {
        NotificationPreferences current = notifications.myPreferences();
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("notification.preferences.language"));
        List<String> options = new java.util.ArrayList<>(List.of(ACCOUNT_LANGUAGE));
        SupportedLanguages.ALL.forEach(l -> options.add(l.getLanguage()));
        language.setItems(options);
        language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("notification.preferences.languageAccount")
                : getTranslation("notification.language." + code));
        language.setValue(current.language() == null ? ACCOUNT_LANGUAGE : current.language());

        CheckboxGroup<NotificationKind> emails = new CheckboxGroup<>();
        emails.setLabel(getTranslation("notification.preferences.emails"));
        emails.setItems(NotificationKind.values());
        emails.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        Set<NotificationKind> wanted = EnumSet.allOf(NotificationKind.class);
        wanted.removeAll(current.emailOptOuts());
        emails.setValue(wanted);

        Button save = new Button(getTranslation("notification.preferences.save"), e -> {
            Set<NotificationKind> optOuts = EnumSet.allOf(NotificationKind.class);
            optOuts.removeAll(emails.getValue());
            notifications.savePreferences(new NotificationPreferences(
                    language.getValue() == null || language.getValue().isEmpty() ? null : language.getValue(), optOuts));
            com.vaadin.flow.component.notification.Notification.show(getTranslation("notification.preferences.saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("notification.preferences.title")), language,
                emails, save);
        section.setPadding(false);
        return section;
    }

    /**
     * The message as a button that opens what it is about and marks it read: a click or Enter does it, and the
     * whole text wraps (a return reason can be long).
     */
    private Div message(Notification n) {
        Button open = new Button(getTranslation("notification.text." + n.kind().name(),
                n.measureTitle() == null ? "" : n.measureTitle(), n.detail() == null ? "" : n.detail()),
                e -> open(n));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("notification-message");
        open.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "start");
        Div cell = new Div(open);
        if (isNoLongerOpen(n)) {
            Span gone = new Span(getTranslation("notification.taskGone"));
            gone.addClassName("notification-task-gone");
            gone.getElement().getThemeList().add("badge contrast");
            cell.add(gone);
        }
        return cell;
    }

    boolean isNoLongerOpen(Notification n) {
        return n.taskId() != null && !openTasks.contains(n.taskId());
    }

    void open(Notification n) {
        notifications.markRead(n.id());
        if (isNoLongerOpen(n)) {
            notOpen.setText(getTranslation("notification.taskGoneText", n.measureTitle() == null ? "" : n.measureTitle()));
            notOpen.setVisible(true);
            refresh();
            return;
        }
        String target = n.taskId() != null ? "tasks/" + n.taskId() : n.kind().target(n.measureId());
        getUI().ifPresent(ui -> ui.navigate(target));
    }

    private Set<String> tasksOpenToMe() {
        try {
            return workflow.inbox(InboxFilter.all()).stream().map(TaskView::id)
                    .collect(java.util.stream.Collectors.toSet());
        } catch (AccessDeniedException noTaskRole) {
            return Set.of();
        }
    }

    private void refresh() {
        List<Notification> mine = notifications.mine();
        openTasks = mine.stream().anyMatch(n -> n.taskId() != null) ? tasksOpenToMe() : Set.of();
        grid.setItems(mine);
        unread.setText(getTranslation("notification.unread", notifications.unreadCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
