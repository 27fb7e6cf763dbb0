package org.leadline.cli;

import java.util.concurrent.Callable;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", description = "Fill the operation with a realistic synthetic action day: leads and offers (the same seed gives the same data).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--leads", description = "How many leads (default: ${DEFAULT-VALUE}).")
    int leads = 2_000;

    @Option(names = "--offers", description = "How many offers (default: one for every twenty leads).")
    Integer offers;

    @Option(names = "--images", description = "How many evidence images (default: ${DEFAULT-VALUE}).")
    int images = 0;

    @Option(names = "--seed", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed = 2025;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            Operation operation = root.operation(workspace);
            long started = System.nanoTime();
            DemoService demo = new DemoService(workspace);
            int written = demo.fill(operation.id(), leads, seed, org.leadline.logic.tasks.Progress.NONE);
            int offered = demo.fillOffers(operation.id(), offers != null ? offers : DemoService.offersFor(leads), seed,
                    org.leadline.logic.tasks.Progress.NONE);
            demo.groupIntoPosts(operation.id(), seed, org.leadline.logic.tasks.Progress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            int attached = demo.attachImages(operation.id(), images, seed, org.leadline.logic.tasks.Progress.NONE);
            seconds = (System.nanoTime() - started) / 1e9;
            root.terminal.out().printf("Added %,d demo leads, %,d offers%s to %s in %.1f s.%n", written, offered,
                    attached == 0 ? "" : String.format(" and %,d images", attached), operation.name(), seconds);
        }
        return ExitCode.OK;
    }
}
