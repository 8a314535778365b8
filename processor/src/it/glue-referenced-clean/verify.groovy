// -Acustody.glue=referenced through Maven: glue only where a class's own file names it, in a
// -Xlint:all -Werror build that succeeded (invoker checks that) without any Custody message.
def log = new File(basedir, 'build.log').text
assert !log.contains('[custody'): 'unexpected Custody output in build.log'
def generated = new File(basedir, 'target/generated-sources/annotations/consumer')
assert new File(generated, 'Connection_DropGlue.java').isFile(): 'Connection names its glue: it must be generated'
assert !new File(generated, 'Channel_DropGlue.java').exists(): 'Channel never names its glue: none may be generated'
assert new File(basedir, 'target/classes/consumer/Connection_DropGlue.class').isFile()
