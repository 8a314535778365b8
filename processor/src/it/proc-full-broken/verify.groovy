// The build failed because of Custody's finding, reported by javac at the offending identifier.
def log = new File(basedir, 'build.log').text
def expected = ~/(?m)^\[ERROR\] .*consumer[\/\\]Broken\.java:\[14,5\] \[custody:use-after-move\] 'r' /
assert log =~ expected: "no [custody:use-after-move] error at Broken.java:[14,5] in build.log"
assert log.contains('BUILD FAILURE')
assert !log.contains('[custody:internal-error]')
