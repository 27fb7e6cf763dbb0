package org.leadline;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log as the jar sets it up (no logback.xml): the workspace's logs folder, INFO and up, Flyway and Jdbi quieter. */
class LogConfigurationTest {
    @TempDir
    Path folder;

    @Test
    void logbackFindsTheConfigurationAsAService() {
        List<String> found = ServiceLoader.load(Configurator.class).stream().map(provider -> provider.type().getName()).toList();
        assertThat(found).contains(LogConfiguration.class.getName());
    }

    @Test
    void theTestsOwnLogbackFileIsLeftToLogback() {
        // This class path holds logback-test.xml (console, warnings only): the jar's configuration steps aside.
        LoggerContext context = new LoggerContext();
        assertThat(new LogConfiguration().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void linesGoToTheFoldersLogFileWithTheirLevelThreadAndLogger() throws Exception {
        LoggerContext context = new LoggerContext();
        // What logback's SLF4J provider gives the application's own context.
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        LogConfiguration.logToFolder(context, folder);
        context.getLogger("org.leadline.Sample").info("opened workspace {}", "4f1c");
        context.getLogger("org.leadline.Sample").debug("not at debug");
        context.getLogger("org.flywaydb.core.Flyway").info("schema is up to date");
        context.getLogger("org.jdbi.v3.Handle").warn("statement slow");
        context.stop();

        List<String> lines = Files.readAllLines(folder.resolve("leadline.log"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  \\[[^]]+] org\\.leadline\\.Sample - opened workspace 4f1c");
        assertThat(lines.get(1)).contains("WARN ").endsWith("org.jdbi.v3.Handle - statement slow");
    }

    @Test
    void atMostThreeFilesOfFiveMegabytesAreKept() {
        LoggerContext context = new LoggerContext();
        LogConfiguration.logToFolder(context, folder);
        var appender = (RollingFileAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        var rolling = (FixedWindowRollingPolicy) appender.getRollingPolicy();
        var trigger = (SizeBasedTriggeringPolicy<?>) appender.getTriggeringPolicy();
        context.stop();

        assertThat(rolling.getMaxIndex()).isEqualTo(3);
        assertThat(rolling.getFileNamePattern()).isEqualTo(folder.resolve("leadline.%i.log").toString());
        assertThat(trigger.getMaxFileSize().getSize()).isEqualTo(5L * 1024 * 1024);
    }
}
