/**
 * The checklists shipped with the add-in. Adding a year = adding its JSON file and one line here.
 * Each file is validated by the registry before use, so a broken file fails the tests, not a user.
 */
import ita2566 from "./ita-2566.json";
import ita2567 from "./ita-2567.json";
import ita2568 from "./ita-2568.json";
import ita2569 from "./ita-2569.json";

/** Raw JSON of every built-in checklist; typed unknown so only the validator reads it. */
export const builtInChecklists: readonly unknown[] = [ita2566, ita2567, ita2568, ita2569];
