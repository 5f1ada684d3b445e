package org.policymonitor.measure.ui;

import org.policymonitor.measure.Completeness;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The bar that stays at the top of the editor while the form scrolls (styles/editor.css): the status, the
 * completeness, whether everything is saved, Save and Submit. Messages about an action appear at the bottom
 * of the window ({@link #notify}), where they cover none of these buttons.
 */
class EditorActionBar extends Composite<Div> {

    static final Notification.Position NOTIFICATION_POSITION = Notification.Position.BOTTOM_CENTER;

    final Span statusLine = new Span();
    final Span completenessText = new Span();
    final ProgressBar completenessBar = new ProgressBar(0, 100);
    final Span saveState = new Span();
    final Button save = new Button();
    final Button submit = new Button();

    EditorActionBar() {
        Div bar = getContent();
        bar.addClassName("editor-action-bar");
        bar.setId("editor-action-bar");
        bar.getElement().setAttribute("role", "region");
        bar.getElement().setAttribute("aria-label", getTranslation("measure.editor.actions"));
        completenessBar.setWidth("8em");
        completenessBar.getElement().setAttribute("aria-labelledby", "completeness-text");
        completenessText.setId("completeness-text");
        saveState.setId("save-state");
        saveState.getElement().setAttribute("role", "status");
        saveState.addClassName("editor-save-state");
        save.setText(getTranslation("measure.editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setText(getTranslation("measure.editor.submit"));
        submit.addThemeVariants(ButtonVariant.SUCCESS);
        Div state = new Div(statusLine, completenessText, completenessBar, saveState);
        state.addClassName("editor-action-state");
        Div buttons = new Div(save, submit);
        buttons.addClassName("editor-action-buttons");
        bar.add(state, buttons);
    }

    void showCompleteness(Completeness completeness) {
        completenessBar.setValue(completeness.score());
        completenessText.setText(getTranslation("measure.completeness.score", completeness.score()));
    }

    void setEditable(boolean editable) {
        save.setVisible(editable);
        submit.setVisible(editable);
    }

    /** A short message about an action, away from the bar's buttons. */
    static Notification notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, NOTIFICATION_POSITION);
        if (variant != null) {
            notification.addThemeVariants(variant);
        }
        return notification;
    }
}
