package dev.ixls.transcript;

/**
 * An event of the log: {@code 2015/09/07 14:52:58 IKE.016: No response from 10.10.10.100, timeout}.
 *
 * @param code {@code SUBSYSTEM.NNN}, or null when the message could not be paired with its stamp
 * @param stamp the line of the date, time and code, or null
 * @param line the line of the message
 */
public record LogEvent(String date, String time, String code, String message, ShowLine stamp, ShowLine line) {
}
