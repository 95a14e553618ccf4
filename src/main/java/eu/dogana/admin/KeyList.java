package eu.dogana.admin;

import java.util.List;

/** Answer of {@code GET /admin/keys}, in the list shape OpenAI uses. */
record KeyList(String object, List<KeyView> data) {

    KeyList {
        data = List.copyOf(data);
    }
}
