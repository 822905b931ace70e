/** shared/provision-name: how a provision is named in sentences — "Art. 9(1)" or, in a model law, "s. 5". */
export function provisionName(kind: string, number: string, space = ' '): string {
  if (number === 'n/k') return 'an unnumbered provision';
  return `${kind === 'model-law' ? 's.' : 'Art.'}${space}${number}`;
}
