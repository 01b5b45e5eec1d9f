package org.easeback.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReceiverWriterTest {

    @Test
    void writesTheFormatTagFirstAndTheFieldsInAFixedOrder() {
        String text = new String(new ReceiverWriter().write(ReceiverStoreTest.sam()), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("""
                {
                  "format" : "easeback-receiver/1",
                  "name" : "Sam",
                  "carrierOil" : "sweet almond oil",
                  "essentialOils" : [ "lavender" ],
                  "sensitivities" : [ "peppermint" ],
                  "preferredPressure" : "moderate",
                  "soreSpots" : [ {
                    "x" : 0.36,
                    "y" : 0.55,
                    "note" : "tight after gardening"
                  }, {
                    "x" : 0.7,
                    "y" : 0.2
                  } ]
                }
                """);
    }

    @Test
    void whatItWritesTheLoaderReadsBackUnchanged() {
        for (Receiver r : new Receiver[] {ReceiverStoreTest.sam(), Receiver.guest()}) {
            String text = new String(new ReceiverWriter().write(r), StandardCharsets.UTF_8);
            ReceiverParse parse = new LoaderReceiverReader().read(Path.of("r.json"), text);
            assertThat(parse.diagnostics()).isEmpty();
            assertThat(parse.receiver()).contains(r);
        }
    }
}
