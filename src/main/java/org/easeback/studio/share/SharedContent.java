package org.easeback.studio.share;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What a shared file carries once its structure is checked: the routine, its techniques and its pictures. */
public record SharedContent(ObjectNode routine, List<ObjectNode> techniques, List<SharedPicture> pictures) {

    public SharedContent {
        routine = routine.deepCopy();
        techniques = techniques.stream().map(ObjectNode::deepCopy).toList();
        pictures = List.copyOf(pictures);
    }

    @Override
    public ObjectNode routine() {
        return routine.deepCopy();
    }

    @Override
    public List<ObjectNode> techniques() {
        return techniques.stream().map(ObjectNode::deepCopy).toList();
    }
}
