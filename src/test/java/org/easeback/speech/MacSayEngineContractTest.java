package org.easeback.speech;

/** The macOS voice, where this runs on macOS. */
class MacSayEngineContractTest extends SpeechEngineContract {

    @Override
    SpeechEngine engine() {
        return new MacSayEngine(System.getProperty("os.name", ""), new ProcessRunner());
    }
}
