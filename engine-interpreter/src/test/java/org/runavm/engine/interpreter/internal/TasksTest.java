package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

class TasksTest {
    private static final int ANY = ProgramImage.NO_ID;

    /**
     * Tasks that build lists of Texts on their own threads (allocating while the main thread does
     * too), awaited one by one and with Task.await_all; a failing task's error is rethrown by await.
     */
    @Test
    void tasksRunInParallelAndAwaitRethrowsErrors() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var work = b.function("work");
        work.local("xs", ANY, 0, 0, 1000);
        work.local("i", ANY, 1, 0, 1000);
        CodeAssembler w = work.code();
        w.emit(Opcode.NEW_LIST, 0).emit(Opcode.STORE_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 1);
        CodeAssembler.Label loop = w.here();
        CodeAssembler.Label done = w.newLabel();
        w.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_INT, 2000).emitJump(Opcode.JUMP_IF_GE, done);
        w.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_CONST, b.text("n")).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.ADD)
                .emit(Opcode.CALL_METHOD, b.text("add"), 1).emit(Opcode.POP).emit(Opcode.INC_LOCAL, 1, 1)
                .emitJump(Opcode.JUMP, loop);
        w.bind(done).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LENGTH).emit(Opcode.RETURN);
        var fail = b.function("fail");
        fail.code().emit(Opcode.LOAD_CONST, b.text("task failed")).emit(Opcode.THROW);

        main.local("t1", ANY, 0, 0, 1000);
        main.local("t2", ANY, 1, 0, 1000);
        CodeAssembler m = main.code();
        int task = b.text("Task");
        m.emit(Opcode.LOAD_GLOBAL, task).emit(Opcode.LOAD_GLOBAL, b.text("work")).emit(Opcode.CALL_METHOD, b.text("run"), 1)
                .emit(Opcode.STORE_LOCAL, 0);
        m.emit(Opcode.LOAD_GLOBAL, task).emit(Opcode.LOAD_GLOBAL, b.text("work")).emit(Opcode.CALL_METHOD, b.text("run"), 1)
                .emit(Opcode.STORE_LOCAL, 1);
        m.emit(Opcode.CALL_KNOWN, work.id(), 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.AWAIT).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.CALL_METHOD, b.text("await"), 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.CALL_METHOD, b.text("is_done"), 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_GLOBAL, task).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.NEW_LIST, 2)
                .emit(Opcode.CALL_METHOD, b.text("await_all"), 1).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_GLOBAL, task).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.NEW_LIST, 1)
                .emit(Opcode.CALL_METHOD, b.text("await_any"), 1).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_GLOBAL, task).emit(Opcode.LOAD_GLOBAL, b.text("fail")).emit(Opcode.CALL_METHOD, b.text("run"), 1)
                .emit(Opcode.AWAIT).emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("2000\n2000\n2000\ntrue\n[2000, 2000]\n2000\n", o.out());
        assertEquals("Error", o.errorType());
        assertEquals("task failed", o.errorMessage());
    }

    /** Async Process scale(xs, k): calling it returns a Task at once; await gives the List it built. */
    @Test
    void asyncProcessCallsReturnTasks() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var scale = b.function("scale").flags(org.runavm.kernel.bytecode.FunctionInfo.ASYNC);
        scale.parameter("x", ANY, 0);
        scale.parameter("k", ANY, 0);
        scale.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.MUL)
                .emit(Opcode.LOAD_CONST, b.text("!")).emit(Opcode.CONCAT, 2).emit(Opcode.RETURN);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_INT, 6).emit(Opcode.LOAD_INT, 7).emit(Opcode.CALL_KNOWN, scale.id(), 2)
                .emit(Opcode.DUP).emit(Opcode.TYPE_OF).emit(Opcode.DISPLAY)
                .emit(Opcode.AWAIT).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_GLOBAL, b.text("scale")).emit(Opcode.LOAD_INT, 1).emit(Opcode.CALL, 1);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("Task\n42!\n", o.out());
        assertEquals("TypeError", o.errorType());
        assertEquals("scale takes 2 arguments, got 1", o.errorMessage());
    }

    /**
     * Task Group: an endless task and a failing one; the failure cancels the endless task, and the
     * group's exit rethrows the failure once both have stopped. A cancelled task's await raises
     * CancelledError.
     */
    @Test
    void taskGroupsCancelTheRestWhenOneFails() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var spin = b.function("spin");
        spin.local("i", ANY, 0, 0, 1000);
        CodeAssembler s = spin.code();
        s.emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 0);
        CodeAssembler.Label loop = s.here();
        s.emit(Opcode.INC_LOCAL, 0, 1).emitJump(Opcode.JUMP, loop);
        var fail = b.function("fail");
        fail.code().emit(Opcode.LOAD_GLOBAL, b.text("ValueError")).emit(Opcode.LOAD_CONST, b.text("broken"))
                .emit(Opcode.CALL, 1).emit(Opcode.THROW);
        main.local("g", ANY, 0, 0, 1000);
        main.local("e", ANY, 1, 0, 1000);
        main.local("t", ANY, 2, 0, 1000);
        CodeAssembler m = main.code();
        CodeAssembler.Label start = m.here();
        m.emit(Opcode.TASK_GROUP_ENTER).emit(Opcode.STORE_LOCAL, 0);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_GLOBAL, b.text("spin")).emit(Opcode.CALL_METHOD, b.text("run"), 1)
                .emit(Opcode.POP);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_GLOBAL, b.text("fail")).emit(Opcode.CALL_METHOD, b.text("run"), 1)
                .emit(Opcode.POP);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.TASK_GROUP_EXIT);
        CodeAssembler.Label end = m.here();
        CodeAssembler.Label after = m.newLabel();
        m.emitJump(Opcode.JUMP, after);
        CodeAssembler.Label handler = m.here();
        m.emit(Opcode.STORE_LOCAL, 1).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.DISPLAY);
        m.bind(after);
        m.emit(Opcode.LOAD_GLOBAL, b.text("Task")).emit(Opcode.LOAD_GLOBAL, b.text("spin"))
                .emit(Opcode.CALL_METHOD, b.text("run"), 1).emit(Opcode.STORE_LOCAL, 2);
        m.emit(Opcode.LOAD_LOCAL, 2).emit(Opcode.CALL_METHOD, b.text("cancel"), 0).emit(Opcode.POP);
        m.emit(Opcode.LOAD_LOCAL, 2).emit(Opcode.AWAIT).emit(Opcode.RETURN_NULL);
        main.handler(start, end, handler, ANY, false);
        TestVm.Outcome o = new TestVm(16L << 20).execute(b.build(), 1000, java.util.List.of());
        assertEquals("ValueError: broken\n", o.out());
        assertEquals("CancelledError", o.errorType());
    }

    /**
     * Async produce(ch): sends "v0".."v99" then closes; the main thread drains the channel with
     * For each. A Mutex's with(f) returns f's result.
     */
    @Test
    void channelsCarryValuesBetweenTasks() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var produce = b.function("produce").flags(org.runavm.kernel.bytecode.FunctionInfo.ASYNC);
        produce.parameter("ch", ANY, 0);
        produce.local("i", ANY, 1, 0, 1000);
        CodeAssembler p = produce.code();
        p.emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 1);
        CodeAssembler.Label loop = p.here();
        CodeAssembler.Label done = p.newLabel();
        p.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_INT, 100).emitJump(Opcode.JUMP_IF_GE, done);
        p.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_CONST, b.text("v")).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.CONCAT, 2)
                .emit(Opcode.CALL_METHOD, b.text("send"), 1).emit(Opcode.POP).emit(Opcode.INC_LOCAL, 1, 1)
                .emitJump(Opcode.JUMP, loop);
        p.bind(done).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("close"), 0).emit(Opcode.RETURN);
        var answer = b.function("answer");
        answer.code().emit(Opcode.LOAD_INT, 42).emit(Opcode.RETURN);
        main.local("ch", ANY, 0, 0, 1000);
        main.local("it", ANY, 1, 0, 1000);
        main.local("n", ANY, 2, 0, 1000);
        main.local("last", ANY, 3, 0, 1000);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_GLOBAL, b.text("Channel")).emit(Opcode.LOAD_INT, 4).emit(Opcode.CALL, 1).emit(Opcode.STORE_LOCAL, 0);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_KNOWN, produce.id(), 1).emit(Opcode.POP);
        m.emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 2);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_ITER).emit(Opcode.STORE_LOCAL, 1);
        CodeAssembler.Label each = m.here();
        CodeAssembler.Label end = m.newLabel();
        m.emitJump(Opcode.FOR_ITER, end, 1).emit(Opcode.STORE_LOCAL, 3).emit(Opcode.INC_LOCAL, 2, 1)
                .emitJump(Opcode.JUMP, each);
        m.bind(end).emit(Opcode.LOAD_LOCAL, 2).emit(Opcode.DISPLAY).emit(Opcode.LOAD_LOCAL, 3).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_GLOBAL, b.text("Mutex")).emit(Opcode.CALL, 0).emit(Opcode.LOAD_GLOBAL, b.text("answer"))
                .emit(Opcode.CALL_METHOD, b.text("with"), 1).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.CALL_METHOD, b.text("send"), 1);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("100\nv99\n42\n", o.out());
        assertEquals("ValueError", o.errorType());
        assertEquals("send on a closed channel", o.errorMessage());
    }
}
