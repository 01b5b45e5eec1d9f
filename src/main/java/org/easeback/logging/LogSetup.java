package org.easeback.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** Moves the log file into the data folder chosen with {@code --data}, after logging has already started. */
public final class LogSetup {

    private LogSetup() {
    }

    public static void followDataDirectory() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.reset();
            try {
                new ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                System.err.println("easeback: logging could not be set up (" + e.getMessage() + "); going on.");
            }
        }
    }
}
