// Prints one plain closing line, "Tests: N passed, N failed, N skipped", that any CI log reader
// understands. Jest prints its own summary after every reporter has run, so the line is written
// on exit to stay the last one.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryLineReporter;
