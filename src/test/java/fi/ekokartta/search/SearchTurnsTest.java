package fi.ekokartta.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTurnsTest {

    /** Threads enough for every search of a test; the common pool may have only one on two cores. */
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void a_search_waits_while_the_allowed_number_run_and_starts_when_one_ends() throws Exception {
        SearchTurns turns = new SearchTurns(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        List<String> started = new CopyOnWriteArrayList<>();

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> turns.inTurn(() -> {
            started.add("first");
            firstRunning.countDown();
            await(firstMayEnd);
            return "first done";
        }), threads);
        assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> turns.inTurn(() -> {
            started.add("second");
            return "second done";
        }), threads);

        Thread.sleep(200);
        assertThat(started).containsExactly("first");
        assertThat(second).isNotDone();

        firstMayEnd.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first done");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second done");
        assertThat(started).containsExactly("first", "second");
    }

    @Test
    void as_many_searches_as_allowed_run_at_the_same_time() throws Exception {
        SearchTurns turns = new SearchTurns(2);
        CountDownLatch bothRunning = new CountDownLatch(2);

        List<CompletableFuture<Boolean>> searches = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> turns.inTurn(() -> {
                    bothRunning.countDown();
                    return awaitFor(bothRunning);
                }), threads)).toList();

        for (CompletableFuture<Boolean> search : searches) {
            assertThat(search.get(5, TimeUnit.SECONDS)).as("both inside at once").isTrue();
        }
    }

    @Test
    void a_failing_search_gives_its_turn_back() {
        SearchTurns turns = new SearchTurns(1);

        for (int i = 0; i < 3; i++) {
            CompletableFuture<Object> failing = CompletableFuture.supplyAsync(() -> turns.inTurn(() -> {
                throw new IllegalStateException("index unavailable");
            }), threads);
            assertThat(failing).failsWithin(5, TimeUnit.SECONDS);
        }
        assertThat(CompletableFuture.supplyAsync(() -> turns.inTurn(() -> "answered"), threads)).succeedsWithin(5, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        if (!awaitFor(latch)) {
            throw new IllegalStateException("not released in time");
        }
    }

    private static boolean awaitFor(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
