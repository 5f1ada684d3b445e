package org.policymonitor.workflow.ui;

import org.policymonitor.shared.DateFormats;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.FourEyesPolicy;
import org.policymonitor.workflow.FourEyesPolicy.PartySetting;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators choose, per Party, whether one person may do several steps of one submission (teams too small
 * for four eyes). Each change is audited by {@link FourEyesPolicy}.
 */
@Route("admin/four-eyes")
@Menu(title = "workflow.nav.fourEyes", order = 84)
@RolesAllowed(Role.Names.ADMIN)
class FourEyesView extends VerticalLayout implements HasDynamicTitle {

    private final FourEyesPolicy policy;
    private final Grid<PartySetting> grid = new Grid<>();

    FourEyesView(FourEyesPolicy policy) {
        this.policy = policy;
        setMaxWidth("70em");
        add(new H1(getTranslation("workflow.fourEyes.title")));
        add(new Paragraph(getTranslation("workflow.fourEyes.intro")));
        grid.addColumn(PartySetting::partyName).setHeader(getTranslation("workflow.fourEyes.party")).setFlexGrow(2);
        grid.addComponentColumn(this::toggle).setHeader(getTranslation("workflow.fourEyes.allowed")).setFlexGrow(2);
        grid.addColumn(s -> s.changedBy() == null ? getTranslation("workflow.fourEyes.never")
                : getTranslation("workflow.fourEyes.changedBy", s.changedBy(), DateFormats.dateTime(s.changedAt(), getLocale())))
                .setHeader(getTranslation("workflow.fourEyes.changed")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("workflow.fourEyes.title"));
        add(grid);
        refresh();
    }

    private Checkbox toggle(PartySetting setting) {
        Checkbox allowed = new Checkbox(setting.samePersonStepsAllowed());
        allowed.setAriaLabel(getTranslation("workflow.fourEyes.allowed") + ": " + setting.partyName());
        allowed.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            change(setting, e.getValue());
        });
        return allowed;
    }

    private void change(PartySetting setting, boolean allowed) {
        policy.allowSamePersonSteps(setting.partyId(), allowed);
        Notification.show(getTranslation(allowed ? "workflow.fourEyes.savedAllowed" : "workflow.fourEyes.savedRequired",
                setting.partyName()), 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.setItems(policy.settings());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workflow.fourEyes.title");
    }
}
