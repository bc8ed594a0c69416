package fi.ekokartta;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;

import java.util.ArrayList;
import java.util.List;

/**
 * The scripts the server sends to the browser, as Karibu hands them over at each simulated round
 * trip: what a browserless test can see of focus moved by a script ({@code FocusTarget}).
 */
public final class BrowserScripts implements AutoCloseable {

    private final List<PendingJavaScriptInvocation> sent = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> recorder = script -> {
        sent.add(script);
        return Unit.INSTANCE;
    };

    private BrowserScripts() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(recorder);
    }

    /** Records from now until closed. */
    public static BrowserScripts record() {
        return new BrowserScripts();
    }

    /** Whether the browser has been told to focus the component since recording began or was last forgotten. */
    public boolean focused(Component component) {
        MockVaadin.clientRoundtrip(false);
        return sent.stream().anyMatch(script -> script.getOwner() == component.getElement().getNode()
                && script.getInvocation().getExpression().contains("focus()"));
    }

    /** Starts afresh: what was sent so far no longer counts. */
    public void forget() {
        MockVaadin.clientRoundtrip(false);
        sent.clear();
    }

    @Override
    public void close() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().remove(recorder);
    }
}
