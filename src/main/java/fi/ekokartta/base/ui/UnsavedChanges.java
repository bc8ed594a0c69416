package fi.ekokartta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Keeps an editor's unsaved changes from being lost without a word: leaving the view inside the
 * app asks first, and the browser asks before the page is closed or reloaded. The view reports
 * changes with {@link #changed()} and saves with {@link #saved()}, and hands its BeforeLeaveEvent
 * to {@link #beforeLeave}.
 */
public class UnsavedChanges {

    private final Component owner;
    private boolean dirty;

    public UnsavedChanges(Component owner) {
        this.owner = owner;
    }

    public void changed() {
        if (!dirty) {
            dirty = true;
            browserAsks(true);
        }
    }

    public void saved() {
        dirty = false;
        browserAsks(false);
    }

    public boolean isDirty() {
        return dirty;
    }

    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader(owner.getTranslation("editor.unsaved.title"));
        ask.setText(owner.getTranslation("editor.unsaved.text"));
        ask.setCancelable(true);
        ask.setCancelText(owner.getTranslation("editor.unsaved.stay"));
        ask.setConfirmText(owner.getTranslation("editor.unsaved.leave"));
        ask.setConfirmButtonTheme("error primary");
        ask.addConfirmListener(confirmed -> {
            saved();
            leave.proceed();
        });
        ask.open();
    }

    /** The browser's own question on closing or reloading the tab: a fixed script, no user content. */
    private void browserAsks(boolean ask) {
        owner.getElement().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; }) : null;",
                ask);
    }
}
