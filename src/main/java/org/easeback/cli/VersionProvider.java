package org.easeback.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = EasebackCommand.class.getPackage().getImplementationVersion();
        return new String[] {"easeback " + (v == null ? "0.1.0-dev" : v)};
    }
}
