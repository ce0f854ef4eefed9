package org.baocao.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from the source tree. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"baocao " + (version == null ? "development" : version)};
    }
}
