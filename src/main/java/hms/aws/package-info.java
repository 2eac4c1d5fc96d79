/**
 * What the application's AWS clients share (region, credentials, HTTP client, timeouts), so that
 * each feature's producer only adds what is its own.
 *
 * <p>Decisions: the JDK's URL connection client instead of netty or Apache (smaller WAR, no thread
 * pools of its own); the AWS default credential chain only, so credentials never sit in
 * configuration; a stand-in is used only when its endpoint is configured.
 */
package hms.aws;
