package org.samling.publishing.render;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.samling.publishing.model.CalendarDocument;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZonedDateTime;

/**
 * Writes a calendar with ical4j: the conference's time zone as a VTIMEZONE and every event with
 * its TZID, so a phone in another zone shows the right hour; tentative items are TENTATIVE.
 */
public final class IcsCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsCalendar() {
    }

    public static String write(CalendarDocument d) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Samling//Programme//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", d.name()));
        TimeZone tz = ZONES.getTimeZone(d.zone().getId());
        if (tz != null) {
            // The tz database has made some zones links (Europe/Stockholm to Europe/Berlin), and the
            // registry answers with the target's definition: declare it under the name the events use.
            VTimeZone declared = tz.getVTimeZone().copy();
            declared.replace(new TzId(d.zone().getId()));
            cal.add(declared);
        }
        for (CalendarDocument.Event e : d.events()) {
            VEvent ev = new VEvent(ZonedDateTime.of(e.start(), d.zone()), ZonedDateTime.of(e.end(), d.zone()), e.summary());
            ev.add(new Uid(e.uid()));
            if (e.location() != null && !e.location().isBlank()) {
                ev.add(new Location(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                ev.add(new Description(e.description()));
            }
            if (e.url() != null) {
                ev.add(new Url(URI.create(e.url())));
            }
            ev.add(e.tentative() ? new Status(Status.VALUE_TENTATIVE) : new Status(Status.VALUE_CONFIRMED));
            cal.add(ev);
        }
        StringWriter w = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
