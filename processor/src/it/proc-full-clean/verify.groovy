// Correct code compiled with -Xlint:all -Werror: the build succeeded (invoker checks that), no
// Custody message was printed, and the checker really analysed both classes.
def log = new File(basedir, 'build.log').text
assert !log.contains('[custody'): 'unexpected Custody output in build.log'
def sarif = new File(basedir, 'target/custody.sarif')
assert sarif.isFile(): 'the checker did not run: no SARIF report'
def report = new groovy.json.JsonSlurper().parse(sarif)
assert report.version == '2.1.0'
def analysed = report.runs[0].artifacts.collect { it.location.uri }
assert analysed.any { it.endsWith('consumer/Clean.java') }: "Clean.java not analysed: $analysed"
assert analysed.any { it.endsWith('consumer/Resource.java') }: "Resource.java not analysed: $analysed"
assert report.runs[0].results.isEmpty()
