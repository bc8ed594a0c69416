package fi.ekokartta.exchange.api;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

/** A service document already written as JSON, put into a response as it is. */
record ServiceJson(String json) implements JacksonSerializable {

    @Override
    public void serialize(JsonGenerator generator, SerializationContext context) {
        generator.writeRawValue(json);
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializationContext context, TypeSerializer types) {
        serialize(generator, context);
    }
}
