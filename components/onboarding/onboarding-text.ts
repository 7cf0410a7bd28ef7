import { message } from '../../platform/i18n';

/** Every word of the onboarding page, in one place; the words are `browser.i18n` messages. */
export const onboardingText = {
  brand: message('ext_name'),
  title: message('onboarding_title'),
  intro: message('onboarding_intro'),
  points: [message('onboarding_point_flags'), message('onboarding_point_library'), message('onboarding_point_button')],
  privateHeading: message('onboarding_private_heading'),
  private: message('onboarding_private'),
  settingsLink: message('onboarding_settings_link'),
};
