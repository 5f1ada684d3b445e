package org.policymonitor.importer;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PartnerRow;

import tools.jackson.databind.json.JsonMapper;

/**
 * A measure's content as the API writes it (the {@link MeasureContent} record's components, as Jackson names
 * them), with sets in sorted order so that the same content always gives the same text.
 */
final class ContentJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContentJson() {
    }

    static Map<String, Object> map(MeasureContent content) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : MeasureContent.class.getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(content);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            map.put(component.getName(), plain(value));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof Set<?> set) {
            return new ArrayList<>(new TreeSet<>(set.stream().map(String::valueOf).toList()));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(ContentJson::plain).toList();
        }
        if (value instanceof PartnerRow partner) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", partner.name());
            row.put("entityType", partner.entityType());
            return row;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal amount) {
            return amount;
        }
        return value;
    }

    static String canonical(MeasureContent content) {
        return JSON.writeValueAsString(map(content));
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : MeasureContent.class.getRecordComponents()) {
            keys.add(component.getName());
        }
        return keys;
    }
}
