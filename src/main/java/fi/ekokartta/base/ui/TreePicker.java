package fi.ekokartta.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Choosing several entries of a tree (service classes) or of a flat list (target groups): a search
 * field narrows the tree to the entries whose name has the words, with their parents, and each
 * entry has a checkbox. The chosen ones are listed under the tree by name.
 */
public class TreePicker extends Div {

    /** An entry: its id, its name in the reader's language, its parent's id (null at the top). */
    public record Node(String id, String name, String parentId) {
    }

    private final TextField search = new TextField();
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final Span chosen = new Span();
    private final List<Node> nodes;

    public TreePicker(String label, List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
        addClassName("tree-picker");
        search.setLabel(label);
        search.setPlaceholder(getTranslation("editor.picker.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> show(change.getValue()));
        tree.addHierarchyColumn(Node::name).setHeader(label);
        tree.setSelectionMode(Grid.SelectionMode.MULTI);
        tree.setAllRowsVisible(false);
        tree.setHeight("16rem");
        tree.setAriaLabel(label);
        tree.addSelectionListener(selection -> showChosen());
        chosen.addClassName("tree-picker-chosen");
        chosen.getElement().setAttribute("aria-live", "polite");
        show("");
        add(search, tree, chosen);
    }

    public Set<String> getValue() {
        return tree.getSelectedItems().stream().map(Node::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void setValue(Set<String> ids) {
        tree.deselectAll();
        nodes.stream().filter(node -> ids.contains(node.id())).forEach(tree::select);
        showChosen();
    }

    public void addChangeListener(Runnable listener) {
        tree.addSelectionListener(selection -> {
            if (selection.isFromClient()) {
                listener.run();
            }
        });
    }

    public TreeGrid<Node> tree() {
        return tree;
    }

    public TextField search() {
        return search;
    }

    /** The entries whose name has every word typed, with their parents, all open. */
    private void show(String words) {
        Set<Node> selected = tree.getSelectedItems();
        List<String> wanted = List.of(fold(words).split("\\s+")).stream().filter(word -> !word.isEmpty()).toList();
        Set<String> visible = new LinkedHashSet<>();
        for (Node node : nodes) {
            String name = fold(node.name());
            if (wanted.stream().allMatch(name::contains)) {
                for (Node shown = node; shown != null && visible.add(shown.id()); shown = parent(shown)) {
                    // the node and each of its parents
                }
            }
        }
        TreeData<Node> data = new TreeData<>();
        for (Node node : nodes) {
            if (visible.contains(node.id())) {
                Node parent = parent(node);
                data.addItem(parent != null && visible.contains(parent.id()) ? parent : null, node);
            }
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 2);
        selected.forEach(tree::select);
    }

    private void showChosen() {
        String names = nodes.stream().filter(tree.getSelectedItems()::contains).map(Node::name)
                .collect(Collectors.joining(", "));
        chosen.setText(names.isEmpty() ? getTranslation("editor.picker.none") : getTranslation("editor.picker.chosen", names));
    }

    private Node parent(Node node) {
        return node.parentId() == null ? null
                : nodes.stream().filter(other -> Objects.equals(other.id(), node.parentId())).findFirst().orElse(null);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }
}
