package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class VersionProviderTest {

    /** The version in pom.xml, read the way a person would: the project's own version element. */
    private static String pomVersion() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = f.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        return XPathFactory.newInstance().newXPath().evaluate("/project/version", pom).strip();
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void versionOptionPrintsTheBuildsVersionFromTheFilteredResource() throws Exception {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("easeback " + pomVersion());
    }

    @Test
    void theResourceOnTheClassPathWasFilteredByMaven() throws Exception {
        String read = VersionProvider.read(VersionProvider.class.getResourceAsStream(VersionProvider.RESOURCE));

        assertThat(read).isEqualTo(pomVersion());
    }

    @Test
    void anUnfilteredPlaceholderIsNotTakenForAVersion() {
        assertThat(VersionProvider.read(text("version=${project.version}\n"))).isNull();
        assertThat(VersionProvider.read(text("version=\n"))).isNull();
        assertThat(VersionProvider.read(text("other=1\n"))).isNull();
        assertThat(VersionProvider.read(null)).isNull();
    }

    @Test
    void aFilteredResourceGivesItsVersion() {
        assertThat(VersionProvider.read(text("# comment\nversion= 2.3.4 \n"))).isEqualTo("2.3.4");
    }
}
