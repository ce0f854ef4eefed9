package org.baocao.yaml;

import org.baocao.source.Message;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.baocao.source.SourcePosition;

/** A YAML value that remembers where it was written, so every later check can point at it. */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {

    SourcePosition at();

    /** A string, Long, BigInteger, BigDecimal, Boolean, LocalDate or null. */
    record Scalar(SourcePosition at, Object value) implements YamlValue {
        public boolean isNull() {
            return value == null;
        }

        /** The value as a number, or null when it is none (a text, a date, nothing...). */
        public BigDecimal number() {
            if (value instanceof Long l) return BigDecimal.valueOf(l);
            if (value instanceof BigInteger b) return new BigDecimal(b);
            if (value instanceof BigDecimal d) return d;
            return null;
        }
    }

    record Sequence(SourcePosition at, List<YamlValue> items) implements YamlValue {}

    /** Keys in file order; {@code keyAt} holds where each key was written. */
    record Mapping(SourcePosition at, Map<String, YamlValue> entries, Map<String, SourcePosition> keyAt)
            implements YamlValue {
        public YamlValue get(String key) {
            return entries.get(key);
        }
    }

    /** A short word for the kind of value, as messages to users name it. */
    static Message kind(YamlValue value) {
        if (value instanceof Mapping) return Message.WORD_MAPPING;
        if (value instanceof Sequence) return Message.WORD_LIST;
        Object v = ((Scalar) value).value();
        if (v == null) return Message.WORD_NOTHING;
        if (v instanceof String) return Message.WORD_TEXT;
        if (v instanceof Boolean) return Message.WORD_TRUE_FALSE;
        if (v instanceof LocalDate) return Message.WORD_DATE;
        return Message.WORD_NUMBER;
    }
}
