package org.runavm.scheduler.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.runavm.kernel.sched.ChannelClosedException;

/**
 * Single-threaded sequences of non-blocking channel operations behave like a bounded FIFO model:
 * same values out, same refusals, same close semantics.
 */
class BoundedChannelPropertiesTest {

    /** One operation: 0 = trySend(value), 1 = tryReceive, 2 = close. */
    private record Op(int kind, int value) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Arbitraries.integers().between(0, 9).flatMap(k -> Arbitraries.integers().between(0, 1000)
                .map(v -> new Op(k < 5 ? 0 : k < 9 ? 1 : 2, v)));
        return op.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void behavesLikeABoundedFifo(@ForAll @IntRange(min = 1, max = 5) int capacity, @ForAll("ops") List<Op> ops) {
        BoundedChannel<Integer> channel = new BoundedChannel<>(capacity);
        ArrayDeque<Integer> model = new ArrayDeque<>();
        boolean closed = false;
        for (Op op : ops) {
            switch (op.kind()) {
                case 0 -> {
                    if (closed) {
                        try {
                            channel.trySend(op.value());
                            throw new AssertionError("send on a closed channel succeeded");
                        } catch (ChannelClosedException expected) {
                            // as specified
                        }
                    } else {
                        boolean room = model.size() < capacity;
                        assertEquals(room, channel.trySend(op.value()));
                        if (room) {
                            model.addLast(op.value());
                        }
                    }
                }
                case 1 -> {
                    assertEquals(Optional.ofNullable(model.pollFirst()), channel.tryReceive());
                    if (closed) {
                        // A closed channel still drains, then receive() answers empty without waiting.
                        assertEquals(Optional.ofNullable(model.pollFirst()), channel.receive());
                    }
                }
                default -> {
                    channel.close();
                    closed = true;
                }
            }
            assertEquals(model.size(), channel.size());
            assertEquals(closed, channel.isClosed());
        }
    }
}
