package org.runavm.scheduler.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.Channel;
import org.runavm.kernel.sched.ChannelClosedException;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class BoundedChannelTest {

    private final TaskScheduler scheduler = TestSupport.scheduler();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void valuesComeOutInOrder() {
        Channel<Integer> ch = new BoundedChannel<>(3);
        ch.send(1);
        ch.send(2);
        assertEquals(2, ch.size());
        assertEquals(Optional.of(1), ch.receive());
        assertEquals(Optional.of(2), ch.tryReceive());
        assertEquals(Optional.empty(), ch.tryReceive());
    }

    @Test
    void sendBlocksWhenFullUntilAReceiverMakesRoom() {
        Channel<String> ch = scheduler.newChannel(1);
        ch.send("a");
        assertFalse(ch.trySend("x"));
        TaskHandle<Void> sender = scheduler.spawn(() -> { ch.send("b"); return null; });
        TestSupport.untilBlocked(sender);
        assertFalse(sender.isDone());
        assertEquals(Optional.of("a"), ch.receive());
        sender.await();
        assertEquals(Optional.of("b"), ch.receive());
    }

    @Test
    void closeLetsReceiversDrainThenReturnsEmpty() {
        Channel<Integer> ch = scheduler.newChannel(4);
        ch.send(1);
        ch.send(2);
        ch.close();
        assertTrue(ch.isClosed());
        assertEquals(Optional.of(1), ch.receive());
        assertEquals(Optional.of(2), ch.receive());
        assertEquals(Optional.empty(), ch.receive());
        assertEquals(Optional.empty(), ch.receive(), "stays empty");
        ch.close();
    }

    @Test
    void closeWakesABlockedReceiverWithEmpty() {
        Channel<Integer> ch = scheduler.newChannel(4);
        TaskHandle<Optional<Integer>> receiver = scheduler.spawn(ch::receive);
        TestSupport.untilBlocked(receiver);
        ch.close();
        assertEquals(Optional.empty(), receiver.await());
    }

    @Test
    void sendOnAClosedChannelFails() {
        Channel<Integer> ch = scheduler.newChannel(4);
        ch.close();
        assertEquals("cannot send on a closed channel", assertThrows(ChannelClosedException.class, () -> ch.send(1)).getMessage());
        assertThrows(ChannelClosedException.class, () -> ch.trySend(1));
    }

    @Test
    void closeFailsASenderBlockedOnAFullChannel() {
        Channel<Integer> ch = scheduler.newChannel(1);
        ch.send(0);
        TaskHandle<Void> sender = scheduler.spawn(() -> { ch.send(1); return null; });
        TestSupport.untilBlocked(sender);
        ch.close();
        assertThrows(ChannelClosedException.class, sender::await);
        assertEquals(Optional.of(0), ch.receive(), "what was buffered before close is still delivered");
    }

    @Test
    void iterationDrainsUntilClosed() {
        Channel<Integer> ch = scheduler.newChannel(2);
        TaskHandle<List<Integer>> consumer = scheduler.spawn(() -> {
            List<Integer> got = new ArrayList<>();
            for (int v : ch) {
                got.add(v);
            }
            return got;
        });
        for (int i = 0; i < 10; i++) {
            ch.send(i);
        }
        ch.close();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), consumer.await());
    }

    @Test
    void manyProducersAndConsumersLoseAndDuplicateNothing() {
        Channel<Integer> ch = scheduler.newChannel(3);
        List<TaskHandle<Long>> consumers = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            consumers.add(scheduler.spawn(() -> {
                long sum = 0;
                for (int v : ch) {
                    sum += v;
                }
                return sum;
            }));
        }
        List<TaskHandle<Void>> producers = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            int base = p * 1000;
            producers.add(scheduler.spawn(() -> {
                for (int i = 1; i <= 1000; i++) {
                    ch.send(base + i);
                }
                return null;
            }));
        }
        scheduler.awaitAll(producers);
        ch.close();
        long total = scheduler.awaitAll(consumers).stream().mapToLong(Long::longValue).sum();
        long n = 4000;
        assertEquals(n * (n + 1) / 2, total);
    }

    @Test
    void cancelWakesABlockedReceiver() {
        Channel<Integer> ch = scheduler.newChannel(1);
        TaskHandle<Optional<Integer>> receiver = scheduler.spawn(ch::receive);
        TestSupport.untilBlocked(receiver);
        receiver.cancel();
        assertInstanceOf(TaskOutcome.Cancelled.class, receiver.settle());
    }

    @Test
    void rejectsBadCapacityAndNullValues() {
        assertEquals("channel capacity must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new BoundedChannel<>(0)).getMessage());
        assertThrows(NullPointerException.class, () -> new BoundedChannel<String>(1).send(null));
    }
}
