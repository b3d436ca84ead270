package org.runavm.launcher.command;

import java.util.function.ToIntFunction;
import org.osgi.service.component.annotations.Component;
import org.runavm.launcher.cli.Tool;

/** The {@code runavm} command. */
@Component(service = ToIntFunction.class, property = "runavm.command=runavm")
public final class RunavmCommand extends CommandComponent {
    @Override
    Tool tool() {
        return Tool.RUNAVM;
    }
}
