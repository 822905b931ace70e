/** shared/section-target: a works_with entry is 'number' in the section's own law or '<law-id>:<number>'. */
export function splitSectionTarget(target: string, ownLaw: string): { law: string; number: string } {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*):(.+)$/.exec(target);
  return m ? { law: m[1]!, number: m[2]! } : { law: ownLaw, number: target };
}
