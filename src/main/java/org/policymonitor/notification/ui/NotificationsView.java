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

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The signed-in user's notifications (newest first) and their e-mail preferences. */
@Route("notifications")
@Menu(title = "notification.nav.notifications", order = 50)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final String ACCOUNT_LANGUAGE = "";

    private final NotificationService notifications;
    private final Paragraph unread = new Paragraph();
    private final Grid<Notification> grid = new Grid<>();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        add(new H1(getTranslation("notification.title")));

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
        add(unread, markRead, grid);
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
    private Button message(Notification n) {
        Button open = new Button(getTranslation("notification.text." + n.kind().name(),
                n.measureTitle() == null ? "" : n.measureTitle(), n.detail() == null ? "" : n.detail()),
                e -> open(n));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("notification-message");
        open.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "start");
        return open;
    }

    private void open(Notification n) {
        notifications.markRead(n.id());
        getUI().ifPresent(ui -> ui.navigate(n.kind().target(n.measureId())));
    }

    private void refresh() {
        grid.setItems(notifications.mine());
        unread.setText(getTranslation("notification.unread", notifications.unreadCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
