package org.runavm.launcher.command;

import java.util.function.ToIntFunction;
import org.osgi.service.component.annotations.Component;
import org.runavm.launcher.cli.Tool;

/** The {@code runa} command (the compiler). */
@Component(service = ToIntFunction.class, property = "runavm.command=runa")
public final class RunaCommand extends CommandComponent {
    @Override
    Tool tool() {
        return Tool.RUNA;
    }
}
