package hms.appointments.control;

import hms.appointments.entity.AppointmentStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Which appointments a list shows: those starting in [from, to), each filter optional. */
public record AppointmentSearch(
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> clinicianSub,
    Optional<UUID> patientId,
    Optional<AppointmentStatus> status) {}
