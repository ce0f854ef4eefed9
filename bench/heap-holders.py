#!/usr/bin/env python3
"""What holds a Java heap: reads an HPROF heap dump and sums the objects' sizes by their type and the types of the
objects that refer to them (the first referrer found, followed through strings, arrays and java.util collections),
largest first. No heap analyser is installed on the build machines; this needs only Python 3.

Usage: bench/heap-holders.py DUMP.hprof [DEPTH | holder] [LINES]
  DEPTH   how many referrers to follow (default 4)
  holder  sum by the first object up the chain that is not a string, an array or a java.util collection
A dump of a build when it starts writing the website (docs/performance.md, "Memory of a large build"):
    jcmd <pid> GC.heap_dump /tmp/x.hprof      # live objects only (a full collection first)
Sizes are approximate (16-byte headers, 4-byte references as with compressed oops); "ROOT" is an object no other
object refers to (a static field, a thread's stack, the JVM's own handles).
"""
import collections
import mmap
import struct
import sys

SIZES = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
PRIMITIVE_ARRAYS = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]', 10: 'int[]', 11: 'long[]'}
FOLLOWED = ('java.lang.String', 'byte[]', 'int[]', 'java.util.', 'java.lang.Object[]', 'java.lang.String[]', '[L')


def read(path):
    dump = open(path, 'rb')
    data = mmap.mmap(dump.fileno(), 0, access=mmap.ACCESS_READ)
    u4 = lambda at: struct.unpack('>I', data[at:at + 4])[0]
    u2 = lambda at: struct.unpack('>H', data[at:at + 2])[0]
    ref = lambda at: struct.unpack('>Q', data[at:at + 8])[0]
    at = data.find(b'\0') + 1
    if u4(at) != 8:
        sys.exit('only dumps with 8-byte identifiers are read')
    at += 12
    strings, class_names, layouts = {}, {}, {}
    objects, referrer = {}, {}

    def refers(source, target):
        if target and target not in referrer:
            referrer[target] = source

    while at < len(data):
        tag, length = data[at], u4(at + 5)
        body, at = at + 9, at + 9 + length
        if tag == 0x01:
            strings[ref(body)] = data[body + 8:body + length].decode('utf-8', 'replace')
        elif tag == 0x02:
            class_names[ref(body + 4)] = strings.get(ref(body + 16), '?').replace('/', '.')
        elif tag in (0x0c, 0x1c):
            q, end = body, body + length
            while q < end:
                sub = data[q]
                q += 1
                if sub == 0xff or sub == 0x05 or sub == 0x07:
                    q += 8
                elif sub in (0x01, 0x02, 0x03, 0x08):
                    q += 16
                elif sub in (0x04, 0x06):
                    q += 12
                elif sub == 0x20:
                    cls, parent = ref(q), ref(q + 12)
                    q += 7 * 8 + 8
                    constants = u2(q)
                    q += 2
                    for _ in range(constants):
                        q += 2
                        q += 1 + SIZES[data[q]]
                    statics = u2(q)
                    q += 2
                    for _ in range(statics):
                        kind = data[q + 8]
                        if kind == 2:
                            refers(cls, ref(q + 9))
                        q += 9 + SIZES[kind]
                    fields = []
                    for _ in range(u2(q)):
                        fields.append(data[q + 2 + 8])
                        q += 9
                    q += 2
                    layouts[cls] = (parent, fields)
                    objects[cls] = (('class', cls), 0)
                elif sub == 0x21:
                    obj, cls, size = ref(q), ref(q + 12), u4(q + 20)
                    q += 24
                    field_at, c = q, cls
                    while c in layouts:
                        parent, fields = layouts[c]
                        for kind in fields:
                            if kind == 2:
                                refers(obj, ref(field_at))
                            field_at += SIZES[kind]
                        c = parent
                    objects[obj] = (cls, 16 + size)
                    q += size
                elif sub == 0x22:
                    obj, count, cls = ref(q), u4(q + 12), ref(q + 16)
                    q += 24
                    for i in range(count):
                        refers(obj, ref(q + 8 * i))
                    q += 8 * count
                    objects[obj] = (('array', cls), 16 + 4 * count)
                elif sub == 0x23:
                    obj, count, kind = ref(q), u4(q + 12), data[q + 16]
                    q += 17 + count * SIZES[kind]
                    objects[obj] = (('primitive', kind), 16 + count * SIZES[kind])
                else:
                    sys.exit('unknown heap dump record %x' % sub)

    def name(kind):
        if isinstance(kind, tuple):
            if kind[0] == 'class':
                return 'class ' + class_names.get(kind[1], '?')
            if kind[0] == 'primitive':
                return PRIMITIVE_ARRAYS[kind[1]]
            return class_names.get(kind[1], '?') + '[]'
        return class_names.get(kind, '?')

    return objects, referrer, name


def main():
    objects, referrer, name = read(sys.argv[1])
    by_holder = len(sys.argv) > 2 and sys.argv[2] == 'holder'
    depth = 1000 if by_holder else int(sys.argv[2]) if len(sys.argv) > 2 else 4
    lines = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    sizes, counts = collections.Counter(), collections.Counter()
    for obj, (kind, size) in objects.items():
        chain, at = [name(kind)], obj
        for _ in range(depth):
            if (by_holder or len(chain) > 1) and not chain[-1].startswith(FOLLOWED):
                break
            at = referrer.get(at)
            holder = 'ROOT' if at is None else name(objects[at][0]) if at in objects else '?'
            chain.append(holder)
            if at is None:
                break
        key = chain[-1] if by_holder else ' <- '.join(chain)
        sizes[key] += size
        counts[key] += 1
    for key, size in sizes.most_common(lines):
        print('%8.1f MB %8d  %s' % (size / 1e6, counts[key], key))
    print('%8.1f MB in all' % (sum(sizes.values()) / 1e6))


if __name__ == '__main__':
    main()
