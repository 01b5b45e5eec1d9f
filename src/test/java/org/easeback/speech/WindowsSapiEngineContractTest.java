package org.easeback.speech;

/** Windows SAPI, where this runs on Windows with a voice installed. */
class WindowsSapiEngineContractTest extends SpeechEngineContract {

    @Override
    SpeechEngine engine() {
        return new WindowsSapiEngine(System.getProperty("os.name", ""), new ProcessRunner());
    }
}
