/**
 * Styles that hide an element from sight but not from screen readers or tests: a severity
 * read before a flag's text, a file input opened by its button. For makeStyles.
 */
import { shorthands } from "@fluentui/react-components";

export const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  ...shorthands.overflow("hidden"),
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
} as const;
