package org.runavm.kernel.bytecode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ProgramImage} in memory: the compiler's back end and the tests use it.
 *
 * <p>Constants are interned (asking twice for the same constant gives the same index). Functions
 * get their id when declared, so calls can name functions defined later; their code is laid out in
 * id order when the image is built, and each function's max stack is computed with
 * {@link StackDepths} unless set explicitly. The image is not verified here: load it through the
 * Loader (or run the verifier) before running it.
 */
public final class ProgramBuilder {

    private final List<Constant> constants = new ArrayList<>();
    private final Map<Constant, Integer> constantIndex = new HashMap<>();
    private final List<TypeInfo> types = new ArrayList<>();
    private final List<FunctionBuilder> functions = new ArrayList<>();
    private final List<String> nativeLibraries = new ArrayList<>();
    private final List<MetadataEntry> metadata = new ArrayList<>();
    private final List<DebugInfo.SourceFile> sourceFiles = new ArrayList<>();
    private int flags;
    private long timestamp;

    /** Sets header flags ({@link Header#HAS_DEBUG_INFO}...). */
    public ProgramBuilder flags(int headerFlags) {
        this.flags = headerFlags;
        return this;
    }

    /** Sets the creation timestamp (Unix seconds); zero by default, for reproducible output. */
    public ProgramBuilder timestamp(long unixSeconds) {
        this.timestamp = unixSeconds;
        return this;
    }

    /** The index of a constant, adding it when new. */
    public int constant(Constant c) {
        return constantIndex.computeIfAbsent(c, k -> {
            constants.add(k);
            return constants.size() - 1;
        });
    }

    public int text(String s) {
        return constant(new Constant.Text(s));
    }

    public int integer(long v) {
        return constant(new Constant.Int(v));
    }

    public int decimal(double v) {
        return constant(new Constant.Decimal(v));
    }

    /** A List constant of Text (for NAMES operands). */
    public int names(List<String> names) {
        return constant(new Constant.ListOf(names.stream().map(this::text).toList()));
    }

    /** Adds a native library to the header and returns its index. */
    public int nativeLibrary(String name) {
        int i = nativeLibraries.indexOf(name);
        if (i >= 0) {
            return i;
        }
        nativeLibraries.add(name);
        return nativeLibraries.size() - 1;
    }

    /** Adds a type and returns its id. */
    public int type(String name, TypeInfo.Shape shape) {
        types.add(new TypeInfo(types.size(), name, shape));
        return types.size() - 1;
    }

    /** Replaces the shape of a type added earlier (for classes whose methods are declared later). */
    public void defineType(int id, TypeInfo.Shape shape) {
        types.set(id, new TypeInfo(id, types.get(id).name(), shape));
    }

    /** Declares a function; its id is fixed now, its body is emitted through the returned builder. */
    public FunctionBuilder function(String name) {
        FunctionBuilder f = new FunctionBuilder(functions.size(), name);
        functions.add(f);
        return f;
    }

    /** Adds a metadata entry. */
    public ProgramBuilder metadata(MetadataEntry entry) {
        metadata.add(entry);
        return this;
    }

    /** Adds a source file to the debug info and returns its id. */
    public int sourceFile(String path) {
        sourceFiles.add(new DebugInfo.SourceFile(sourceFiles.size(), path, new byte[Header.SOURCE_HASH_LENGTH]));
        return sourceFiles.size() - 1;
    }

    /** Lays out the code and returns the image. */
    public ProgramImage build() {
        java.io.ByteArrayOutputStream code = new java.io.ByteArrayOutputStream();
        List<FunctionInfo> infos = new ArrayList<>();
        List<DebugInfo.LineEntry> lines = new ArrayList<>();
        for (FunctionBuilder f : functions) {
            f.patchSwitches();
            byte[] body = f.code.toBytes();
            int offset = code.size();
            code.writeBytes(body);
            for (CodeAssembler.Position p : f.code.positions()) {
                lines.add(new DebugInfo.LineEntry(offset + p.offset(), f.fileId, p.line(), p.column()));
            }
            List<FunctionInfo.ExceptionEntry> table = f.exceptionTable();
            int maxStack = f.maxStack >= 0 ? f.maxStack : computeMaxStack(body, table);
            infos.add(new FunctionInfo(f.id, f.name, f.typeId, f.parameters, f.resolvedLocals(), maxStack, offset,
                    body.length, table, f.flags, f.upvalues));
        }
        DebugInfo debug = (flags & Header.HAS_DEBUG_INFO) != 0
                ? new DebugInfo(sourceFiles, lines, List.of()) : DebugInfo.EMPTY;
        Header header = new Header(Header.FORMAT_MAJOR, Header.FORMAT_MINOR, 0, 1, timestamp, flags,
                new byte[Header.SOURCE_HASH_LENGTH], nativeLibraries);
        return new ProgramImage(header, constants, types, infos, code.toByteArray(), metadata, debug);
    }

    private int computeMaxStack(byte[] body, List<FunctionInfo.ExceptionEntry> handlers) {
        int[] handlerOffsets = handlers.stream().mapToInt(FunctionInfo.ExceptionEntry::handler).toArray();
        StackDepths.Result r = StackDepths.compute(body, 0, body.length, handlerOffsets, this::switchCases);
        return r.maxDepth();
    }

    private int[] switchCases(int constantIndex) {
        if (constantIndex >= constants.size() || !(constants.get(constantIndex) instanceof Constant.MapOf m)) {
            return null;
        }
        int[] cases = new int[m.values().size()];
        for (int i = 0; i < cases.length; i++) {
            if (!(constants.get(m.values().get(i)) instanceof Constant.Int offset)) {
                return null;
            }
            cases[i] = (int) offset.value();
        }
        return cases;
    }

    private record PendingHandler(CodeAssembler.Label start, CodeAssembler.Label end, CodeAssembler.Label handler,
                                  int catchTypeId, boolean isFinally) {
        FunctionInfo.ExceptionEntry resolve() {
            if (start.offset() < 0 || end.offset() < 0 || handler.offset() < 0) {
                throw new IllegalStateException("exception table entry with an unbound label");
            }
            return new FunctionInfo.ExceptionEntry(start.offset(), end.offset(), handler.offset(), catchTypeId, isFinally);
        }
    }

    private record PendingLocal(FunctionInfo.Local local, CodeAssembler.Label start, CodeAssembler.Label end) {
        FunctionInfo.Local resolve() {
            if (start == null) {
                return local;
            }
            if (start.offset() < 0 || end.offset() < 0) {
                throw new IllegalStateException("local " + local.name() + " has an unbound scope label");
            }
            return new FunctionInfo.Local(local.name(), local.typeId(), local.slot(), start.offset(), end.offset());
        }
    }

    private record PendingSwitch(int at, List<Integer> slots, List<CodeAssembler.Label> targets) {
    }

    /** The parts of one function under construction. */
    public final class FunctionBuilder {
        private final int id;
        private final String name;
        private final CodeAssembler code = new CodeAssembler();
        private final List<FunctionInfo.Parameter> parameters = new ArrayList<>();
        private final List<PendingLocal> locals = new ArrayList<>();
        private final List<PendingHandler> handlers = new ArrayList<>();
        private final List<PendingSwitch> switches = new ArrayList<>();
        private final List<FunctionInfo.Upvalue> upvalues = new ArrayList<>();
        private int typeId = ProgramImage.NO_ID;
        private int flags;
        private int maxStack = -1;
        private int fileId;

        private FunctionBuilder(int id, String name) {
            this.id = id;
            this.name = name;
        }

        public int id() {
            return id;
        }

        /** The assembler of this function's code. */
        public CodeAssembler code() {
            return code;
        }

        public FunctionBuilder typeId(int type) {
            this.typeId = type;
            return this;
        }

        public FunctionBuilder flags(int functionFlags) {
            this.flags = functionFlags;
            return this;
        }

        /** Sets the source file its line positions refer to. */
        public FunctionBuilder sourceFile(int sourceFileId) {
            this.fileId = sourceFileId;
            return this;
        }

        /** Overrides the computed max stack (tests of the verifier use it). */
        public FunctionBuilder maxStack(int value) {
            this.maxStack = value;
            return this;
        }

        /** Adds a parameter; it takes the next slot. */
        public int parameter(String paramName, int paramTypeId, int paramFlags) {
            parameters.add(new FunctionInfo.Parameter(paramName, paramTypeId, paramFlags));
            return parameters.size() - 1;
        }

        /** Declares a local in a slot over a function-relative code range. */
        public FunctionBuilder local(String localName, int localTypeId, int slot, int scopeStart, int scopeEnd) {
            locals.add(new PendingLocal(new FunctionInfo.Local(localName, localTypeId, slot, scopeStart, scopeEnd),
                    null, null));
            return this;
        }

        /** Declares a local whose scope runs between two labels, bound by the time the image is built. */
        public FunctionBuilder local(String localName, int localTypeId, int slot, CodeAssembler.Label scopeStart,
                                     CodeAssembler.Label scopeEnd) {
            locals.add(new PendingLocal(new FunctionInfo.Local(localName, localTypeId, slot, 0, 0), scopeStart, scopeEnd));
            return this;
        }

        private List<FunctionInfo.Local> resolvedLocals() {
            return locals.stream().map(PendingLocal::resolve).toList();
        }

        /** Adds an exception table entry; the labels must be bound by the time the image is built. */
        public FunctionBuilder handler(CodeAssembler.Label start, CodeAssembler.Label end,
                                       CodeAssembler.Label handler, int catchTypeId, boolean isFinally) {
            handlers.add(new PendingHandler(start, end, handler, catchTypeId, isFinally));
            return this;
        }

        private List<FunctionInfo.ExceptionEntry> exceptionTable() {
            return handlers.stream().map(PendingHandler::resolve).toList();
        }

        /**
         * Emits a SWITCH: the value on the stack is looked up among {@code caseKeys}; a match jumps to
         * the label at the same position in {@code caseTargets}, anything else to {@code otherwise}.
         * The table constant and its offset constants are reserved now and filled in by {@link #build()}.
         */
        public FunctionBuilder emitSwitch(List<Constant> caseKeys, List<CodeAssembler.Label> caseTargets,
                                          CodeAssembler.Label otherwise) {
            if (caseKeys.size() != caseTargets.size()) {
                throw new IllegalArgumentException("a switch needs one target per case");
            }
            List<Integer> keys = caseKeys.stream().map(ProgramBuilder.this::constant).toList();
            List<Integer> slots = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                constants.add(new Constant.Int(0));
                slots.add(constants.size() - 1);
            }
            constants.add(new Constant.MapOf(keys, slots));
            int table = constants.size() - 1;
            switches.add(new PendingSwitch(code.offset(), slots, List.copyOf(caseTargets)));
            code.emitJump(Opcode.SWITCH, otherwise, table);
            return this;
        }

        private void patchSwitches() {
            for (PendingSwitch s : switches) {
                for (int i = 0; i < s.slots().size(); i++) {
                    int target = s.targets().get(i).offset();
                    if (target < 0) {
                        throw new IllegalStateException("switch case jumps to an unbound label");
                    }
                    constants.set(s.slots().get(i), new Constant.Int(target - s.at()));
                }
            }
        }

        /** Adds an upvalue descriptor and returns its index. */
        public int upvalue(boolean fromLocal, int index, String upvalueName) {
            upvalues.add(new FunctionInfo.Upvalue(fromLocal, index, upvalueName));
            return upvalues.size() - 1;
        }
    }
}
