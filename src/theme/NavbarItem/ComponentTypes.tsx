import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import ReadingModeNavbarItem from '@site/src/components/ReadingMode/NavbarItem';

export default {
  ...ComponentTypes,
  'custom-readingMode': ReadingModeNavbarItem,
};
