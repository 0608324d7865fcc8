/** Each plugin's own health as a MicroProfile Health check named after the plugin. */
package org.transferhub.kernel.health;
