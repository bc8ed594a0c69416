package fi.ekokartta.exchange.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders the nodes of a tree so that every parent comes before its children. Nodes are told
 * apart by identity: a stored parent equal by id to an imported node is not one of the nodes.
 */
final class ParentsFirst {

    private ParentsFirst() {
    }

    static <T> List<T> order(Collection<T> nodes, Function<T, T> parentOf) {
        Set<T> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(nodes);
        Set<T> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<T> ordered = new ArrayList<>();
        for (T node : nodes) {
            add(node, parentOf, members, placed, ordered);
        }
        return ordered;
    }

    private static <T> void add(T node, Function<T, T> parentOf, Set<T> members, Set<T> placed, List<T> ordered) {
        if (node == null || !members.contains(node) || !placed.add(node)) {
            return;
        }
        add(parentOf.apply(node), parentOf, members, placed, ordered);
        ordered.add(node);
    }
}
