package org.easeback.studio;

/**
 * Runs requests one at a time on a worker, where only the newest matters: a request still waiting when a newer one
 * arrives is dropped, and an answer overtaken by a newer request is not delivered. Typing never waits on it.
 */
public interface LatestRequestRunner<Q> {

    /** Asks for {@code request} to be worked on; returns at once. */
    void submit(Q request);
}
