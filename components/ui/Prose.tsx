import type { ReactNode } from "react";

/** Long-form reading text: a comfortable measure, line height and rhythm (`.prose-bthemethod` in app/(site)/globals.css). */
export function Prose({
  children,
  className = "",
}: {
  children: ReactNode;
  className?: string;
}) {
  return <div className={`prose-bthemethod ${className}`}>{children}</div>;
}
